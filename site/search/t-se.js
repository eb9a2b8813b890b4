briefingSearch.terms("se",{"secretary":[0,1],"security":[0,5,1,2],"seek":[1,2],"senate":[1,1],"sending":[1,1],"senior":[1,1],"seoul":[0,1,1,5],"session":[1,1]});
