briefingSearch.terms("wh",{"when":[0,1],"where":[0,1],"while":[0,1,1,1]});
