briefingSearch.terms("to",{"together":[0,2],"told":[1,1],"ton":[0,1],"towards":[1,2]});
