briefingSearch.terms("ob",{"observe":[1,1]});
